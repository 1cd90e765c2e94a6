package org.footcoach.content;

import com.google.gson.annotations.SerializedName;

/** Where a figure comes from: the published guide, or a starting value of ours that a clinician may change. */
public enum Source {
    @SerializedName("guide") GUIDE,
    @SerializedName("default") DEFAULT
}
