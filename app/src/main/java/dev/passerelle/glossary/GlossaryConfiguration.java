package dev.passerelle.glossary;

import dev.passerelle.glossary.exchange.GlossaryExchange;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.glossary.store.GlossaryStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The glossary module's plain classes as beans: what controllers, the seed and the routes (MT, review, search) use. */
@Configuration(proxyBeanMethods = false)
class GlossaryConfiguration {

    @Bean
    GlossaryStore glossaryStore(JdbcClient jdbc) {
        return new GlossaryStore(jdbc);
    }

    @Bean
    Glossaries glossaries(GlossaryStore store, PlatformTransactionManager transactionManager) {
        return new Glossaries(store, new TransactionTemplate(transactionManager));
    }

    @Bean
    GlossaryExchange glossaryExchange(GlossaryProperties properties) {
        return new GlossaryExchange(properties.maxImportSize().toBytes());
    }
}
