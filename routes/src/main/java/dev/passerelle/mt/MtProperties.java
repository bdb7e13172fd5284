package dev.passerelle.mt;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code passerelle.mt.*}: the ordered connector ids of the translation chain. */
@ConfigurationProperties("passerelle.mt")
public record MtProperties(@DefaultValue({"tm", "none"}) List<String> chain) {

    public MtProperties {
        chain = List.copyOf(chain);
    }
}
