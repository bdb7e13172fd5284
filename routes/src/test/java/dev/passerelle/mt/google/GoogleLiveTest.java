package dev.passerelle.mt.google;

import dev.passerelle.mt.LiveService;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtTestServices;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Google Translation v2 for real: PASSERELLE_MT_GOOGLE_API_KEY. */
class GoogleLiveTest {

    @Test
    void translatesAgainstTheRealService() {
        String key = LiveService.require("PASSERELLE_MT_GOOGLE_API_KEY", "Google");
        MtTestServices services = new MtTestServices();
        LiveService.assertTranslates(services.services().connector(new GoogleProvider(new GoogleProperties(key, null,
                null, "global", null, URI.create("https://translation.googleapis.com"), Duration.ofSeconds(20), 2),
                new MtHttp(Duration.ofSeconds(10)))), services);
    }
}
