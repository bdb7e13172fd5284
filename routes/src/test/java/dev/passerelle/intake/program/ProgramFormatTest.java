package dev.passerelle.intake.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramFormatTest {

    @ParameterizedTest
    @CsvSource({"pretalx_rc3-channels-2020_schedule.json, SCHEDULE_JSON", "schedule.xml, SCHEDULE_XML",
            "pretalx_talks.json, PRETALX_API", "sessionize_all.json, SESSIONIZE", "program.csv, CSV"})
    void recognisesEachFormatFromItsContent(String file, ProgramFormat expected) {
        assertThat(ProgramFormat.detect(Programs.bytes(file))).isEqualTo(expected);
    }
}
