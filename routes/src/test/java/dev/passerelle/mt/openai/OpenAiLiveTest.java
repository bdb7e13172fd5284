package dev.passerelle.mt.openai;

import dev.passerelle.mt.LiveService;
import dev.passerelle.mt.MtHttp;
import dev.passerelle.mt.MtTestServices;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An OpenAI-compatible server for real: PASSERELLE_MT_OPENAI_MODEL, with PASSERELLE_MT_OPENAI_BASE_URL (e.g. a local
 * Ollama at http://localhost:11434) and PASSERELLE_MT_OPENAI_API_KEY where the server needs one.
 */
class OpenAiLiveTest {

    @Test
    void translatesAgainstTheRealService() {
        String model = LiveService.require("PASSERELLE_MT_OPENAI_MODEL", "OpenAI-compatible");
        String url = LiveService.optional("PASSERELLE_MT_OPENAI_BASE_URL");
        MtTestServices services = new MtTestServices();
        LiveService.assertTranslates(services.services().connector(new OpenAiProvider(new OpenAiProperties(
                URI.create(url == null ? "https://api.openai.com" : url), LiveService.optional("PASSERELLE_MT_OPENAI_API_KEY"),
                model, 20, Duration.ofSeconds(120), 1), new MtHttp(Duration.ofSeconds(10)))), services);
    }
}
