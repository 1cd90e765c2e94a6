package org.footcoach.content;

import com.google.gson.annotations.SerializedName;

/** How an enum constant is spelled in exercises.json: its {@code @SerializedName}, else its Java name. */
final class JsonEnumName {
    private JsonEnumName() {
    }

    static String of(Enum<?> constant) {
        try {
            SerializedName name = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(SerializedName.class);
            return name == null ? constant.name() : name.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant without a field: " + constant, e);
        }
    }
}
