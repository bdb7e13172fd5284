package dev.passerelle.mt.modernmt;

import dev.passerelle.mt.LiveService;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtTestServices;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ModernMT for real: PASSERELLE_MT_MODERNMT_API_KEY. */
class ModernMtLiveTest {

    @Test
    void translatesAgainstTheRealService() {
        String key = LiveService.require("PASSERELLE_MT_MODERNMT_API_KEY", "ModernMT");
        MtTestServices services = new MtTestServices();
        LiveService.assertTranslates(services.services().connector(new ModernMtProvider(new ModernMtProperties(key,
                List.of(), URI.create("https://api.modernmt.com"), Duration.ofSeconds(20), 2),
                new MtHttp(Duration.ofSeconds(10)))), services);
    }
}
