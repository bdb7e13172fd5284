package dev.passerelle.mt.deepl;

import dev.passerelle.mt.LiveService;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtTestServices;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** DeepL for real: PASSERELLE_MT_DEEPL_AUTH_KEY (and optionally PASSERELLE_MT_DEEPL_BASE_URL). */
class DeepLLiveTest {

    @Test
    void translatesAgainstTheRealService() {
        String key = LiveService.require("PASSERELLE_MT_DEEPL_AUTH_KEY", "DeepL");
        String url = LiveService.optional("PASSERELLE_MT_DEEPL_BASE_URL");
        MtTestServices services = new MtTestServices();
        LiveService.assertTranslates(services.services().connector(new DeepLProvider(new DeepLProperties(key,
                url == null ? null : URI.create(url), null, null, "EN-GB", Duration.ofSeconds(20), 2),
                new MtHttp(Duration.ofSeconds(10)))), services);
    }
}
