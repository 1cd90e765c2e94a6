package org.footcoach.content;

import com.google.gson.annotations.SerializedName;

/** What the person holds or sits on. Standing exercises always need COUNTER. */
public enum Support {
    @SerializedName("none") NONE,
    @SerializedName("chair") CHAIR,
    @SerializedName("counter") COUNTER
}
