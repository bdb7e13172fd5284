package dev.passerelle.intake.program;

import java.util.List;

/** Reads one program format into items; throws {@link InvalidProgramException} for a file it cannot read. */
interface ProgramParser {

    ProgramFormat format();

    List<ProgramItem> parse(byte[] body);
}
