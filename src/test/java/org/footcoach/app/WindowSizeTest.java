package org.footcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class WindowSizeTest {
    private final WindowSize.Converter converter = new WindowSize.Converter();

    @Test
    void readsWidthByHeight() {
        assertThat(converter.convert("1024x768")).isEqualTo(new WindowSize(1024, 768));
        assertThat(converter.convert("1920X1080")).isEqualTo(new WindowSize(1920, 1080));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1024", "x768", "1024x", "1024x768x2", "axb", "100x100", "99999x768", "-1024x768"})
    void rejectsWhatIsNotAUsableSize(String value) {
        assertThatThrownBy(() -> converter.convert(value)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'" + value + "'").hasMessageContaining("320 to 16384");
    }
}
