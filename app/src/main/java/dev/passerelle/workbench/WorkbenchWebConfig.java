package dev.passerelle.workbench;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The workbench speaks English or French: the browser's language first, then the person's choice
 * ({@code ?ui=fr}), remembered in a cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class WorkbenchWebConfig implements WebMvcConfigurer {

    static final String UI_PARAMETER = "ui";
    static final String COOKIE = "passerelle-ui";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return supported(Locale.forLanguageTag(value));
            }
        };
        change.setParamName(UI_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/workbench/**", "/login");
    }

    /** French for any French locale (fr-CA, fr-BE…), English for everything else. */
    static Locale supported(Locale requested) {
        return requested != null && "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
