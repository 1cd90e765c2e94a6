package org.footcoach.content;

import com.google.gson.annotations.SerializedName;

public enum Position {
    @SerializedName("seated") SEATED,
    @SerializedName("standing") STANDING
}
