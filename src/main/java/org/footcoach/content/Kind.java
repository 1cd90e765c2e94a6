package org.footcoach.content;

import com.google.gson.annotations.SerializedName;

/** How the work is counted: reps on the beat, a hold counted each second, or timed work with a minute clock. */
public enum Kind {
    @SerializedName("reps") REPS,
    @SerializedName("hold") HOLD,
    @SerializedName("timed") TIMED
}
