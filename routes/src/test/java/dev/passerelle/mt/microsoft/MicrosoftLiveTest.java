package dev.passerelle.mt.microsoft;

import dev.passerelle.mt.LiveService;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtTestServices;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Microsoft Translator for real: PASSERELLE_MT_MICROSOFT_API_KEY and PASSERELLE_MT_MICROSOFT_REGION. */
class MicrosoftLiveTest {

    @Test
    void translatesAgainstTheRealService() {
        String key = LiveService.require("PASSERELLE_MT_MICROSOFT_API_KEY", "Microsoft Translator");
        MtTestServices services = new MtTestServices();
        LiveService.assertTranslates(services.services().connector(new MicrosoftProvider(new MicrosoftProperties(key,
                LiveService.optional("PASSERELLE_MT_MICROSOFT_REGION"), null,
                URI.create("https://api.cognitive.microsofttranslator.com"), Duration.ofSeconds(20), 2),
                new MtHttp(Duration.ofSeconds(10)))), services);
    }
}
