package dev.passerelle.workbench;

import java.util.List;
import org.springframework.stereotype.Component;

/** Lets templates show any letter-coded text with chips: {@code ${@workbenchMarkup.pieces(text)}}. */
@Component("workbenchMarkup")
public class MarkupHelper {

    public List<SegmentMarkup.Piece> pieces(String text) {
        return SegmentMarkup.pieces(text, List.of());
    }
}
