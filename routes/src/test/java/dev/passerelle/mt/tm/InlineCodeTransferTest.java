package dev.passerelle.mt.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineCodeTransferTest {

    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", textBlock = """
            Open the file.                 | Ouvrez le fichier.                  | Open the files.               | Ouvrez le fichier.
            <g1>Open</g1> the file.        | <g1>Ouvrez</g1> le fichier.         | <g4>Open</g4> the files.      | <g4>Ouvrez</g4> le fichier.
            Click <x1/> then <x2/>.        | Cliquez <x2/> puis <x1/>.           | Click <x8/> then <x9/>.       | Cliquez <x9/> puis <x8/>.
            <b1/>Bold<e1/> text            | Texte <b1/>gras<e1/>                | <b3/>Bold<e3/> texts          | Texte <b3/>gras<e3/>
            a <g1>b</g1> <g2>c</g2>        | <g2>c</g2> a <g1>b</g1>             | a <g5>b</g5> <g6>c</g6>       | <g6>c</g6> a <g5>b</g5>
            Open the file.                 | Ouvrez le fichier.                  | Open the <x1/>file.           | EMPTY
            Open the <x1/>file.            | Ouvrez le <x1/>fichier.             | Open the file.                | EMPTY
            <x1/> Open                     | <x1/> Ouvrez                        | <b1/> Open                    | EMPTY
            <g1>Open</g1> it               | Ouvrez-le                           | <g1>Open</g1> it              | EMPTY
            <g1>Open</g1> it               | <g1>Ouvrez</g1>-<x2/>le             | <g1>Open</g1> it              | EMPTY
            <x1/> and <x2/>                | <x1/> et <x2/>                      | <x5/> and <x5/>               | EMPTY
            if a < b then                  | si a < b alors                      | if a < c then                 | si a < b alors
            """)
    void carriesTheRequestCodesOntoTheTarget(String tmSource, String tmTarget, String request, String expected) {
        assertThat(InlineCodeTransfer.transfer(tmSource, tmTarget, request)).isEqualTo(Optional.ofNullable(expected));
    }
}
