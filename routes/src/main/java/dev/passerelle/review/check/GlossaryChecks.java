package dev.passerelle.review.check;

import dev.passerelle.glossary.check.ApprovedTermCheck;
import dev.passerelle.glossary.check.DoNotTranslateCheck;
import dev.passerelle.glossary.check.ForbiddenTermCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The glossary's terminology checks as QA checks: an approved term not used is a warning (a paraphrase may be
 * right), a forbidden term or an altered do-not-translate term blocks approval.
 */
@Configuration(proxyBeanMethods = false)
class GlossaryChecks {

    @Bean
    QaCheck glossaryApprovedTermCheck(GlossaryReview glossary) {
        return new GlossaryCheck(new ApprovedTermCheck(), Severity.WARNING, glossary);
    }

    @Bean
    QaCheck glossaryForbiddenTermCheck(GlossaryReview glossary) {
        return new GlossaryCheck(new ForbiddenTermCheck(), Severity.BLOCKING, glossary);
    }

    @Bean
    QaCheck glossaryDoNotTranslateCheck(GlossaryReview glossary) {
        return new GlossaryCheck(new DoNotTranslateCheck(), Severity.BLOCKING, glossary);
    }
}
