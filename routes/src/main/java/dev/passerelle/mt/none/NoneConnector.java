package dev.passerelle.mt.none;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtResult;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The honest end of a chain: translates nothing, so the segment goes to review with an empty target. */
@Component
final class NoneConnector implements MtConnector {

    static final String ID = "none";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean supports(LanguagePair pair) {
        return true;
    }

    @Override
    public List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch) {
        return Collections.nCopies(batch.size(), Optional.empty());
    }
}
