package dev.passerelle.mt.libretranslate;

import dev.passerelle.mt.LiveService;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtTestServices;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A real LibreTranslate server: PASSERELLE_MT_LIBRETRANSLATE_BASE_URL (and _API_KEY when it needs one). */
class LibreTranslateLiveTest {

    @Test
    void translatesAgainstTheRealService() {
        String url = LiveService.require("PASSERELLE_MT_LIBRETRANSLATE_BASE_URL", "LibreTranslate");
        MtTestServices services = new MtTestServices();
        LiveService.assertTranslates(services.services().connector(new LibreTranslateProvider(
                new LibreTranslateProperties(URI.create(url), LiveService.optional("PASSERELLE_MT_LIBRETRANSLATE_API_KEY"),
                        25, 20_000, Duration.ofSeconds(60), 2), new MtHttp(Duration.ofSeconds(10)))), services);
    }
}
