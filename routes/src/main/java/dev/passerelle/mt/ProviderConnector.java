package dev.passerelle.mt;

import dev.passerelle.mt.MtProviderException.Kind;
import dev.passerelle.segmentation.InlineCodeMismatchException;
import dev.passerelle.segmentation.InlineCodes;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * An {@link MtProvider} made a well-behaved {@link MtConnector}: cache first, then only the distinct uncached texts,
 * batched to the provider's limits and sent with at most {@code maxInFlight} requests at a time; retries with
 * Retry-After or backoff; a circuit breaker opened by quota and authentication failures; the event's budget
 * checked before sending; every answer's inline codes checked before use; costs recorded. Whatever cannot be
 * translated is handed back with its reason, for the next connector in the chain or a human.
 */
public final class ProviderConnector implements MtConnector {

    private final MtProvider provider;
    private final MtServices services;
    private final Semaphore inFlight;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private volatile String openedBecause = "";

    ProviderConnector(MtProvider provider, MtServices services) {
        this.provider = provider;
        this.services = services;
        this.inFlight = new Semaphore(provider.limits().maxInFlight());
        MtProperties.Retry policy = services.properties().retry();
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(policy.initialBackoff(), 2.0, 0.5,
                policy.maxBackoff());
        this.retry = Retry.of(provider.id(), RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnException(e -> e instanceof MtProviderException p && p.kind().retryable()
                        && (p.retryAfter() == null || p.retryAfter().compareTo(policy.maxBackoff()) <= 0))
                .intervalBiFunction((attempt, outcome) -> outcome.isLeft()
                        && outcome.getLeft() instanceof MtProviderException p && p.retryAfter() != null
                        ? p.retryAfter().toMillis() : backoff.apply(attempt))
                .build());
        this.breaker = CircuitBreaker.of(provider.id(), CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1).minimumNumberOfCalls(1).failureRateThreshold(100)
                .recordException(e -> e instanceof MtProviderException p && p.kind().opensCircuit())
                .waitDurationInOpenState(services.properties().circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        services.meters().circuit(provider.id(), () -> breaker.getState() == CircuitBreaker.State.OPEN);
    }

    @Override
    public String id() {
        return provider.id();
    }

    @Override
    public boolean supports(LanguagePair pair) {
        return provider.supports(pair);
    }

    @Override
    public List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch) {
        return translateExplained(pair, batch).stream().map(o -> Optional.ofNullable(o.result())).toList();
    }

    /** One distinct text to send, and every position in the request that asked for it. */
    private record Pending(String key, MtRequest request, Placeholders.Encoded encoded, List<Integer> positions) {}

    /** A batch of distinct texts for one event, context and glossary. */
    private record Planned(long eventId, String context, MtGlossary glossary, List<Pending> items) {

        Planned with(int from, int to) {
            return new Planned(eventId, context, glossary, items.subList(from, to));
        }
    }

    /** What came of sending (part of) a plan: the answer, or the failure. */
    private record Sent(Planned plan, MtProvider.Answer answer, MtProviderException failure) {}

    @Override
    public List<MtOutcome> translateExplained(LanguagePair pair, List<MtRequest> requests) {
        MtOutcome[] outcomes = new MtOutcome[requests.size()];
        Arrays.fill(outcomes, MtOutcome.NOTHING);
        Instant now = services.clock().instant();
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            MtRequest request = requests.get(i);
            if (request.text().isBlank()) {
                continue;
            }
            String key = MtCache.key(id(), provider.settings(), request.glossary().checksum(), pair, request.text());
            final int position = i;
            pending.computeIfAbsent(key, k -> new Pending(k, request, Placeholders.encode(request.text(),
                    request.glossary().protectedTerms(), provider.style()), new ArrayList<>())).positions().add(position);
        }
        Map<String, MtCache.Cached> cached = pending.isEmpty() ? Map.of() : services.cache().find(pending.keySet());
        for (var hit : cached.entrySet()) {
            for (int position : pending.remove(hit.getKey()).positions()) {
                outcomes[position] = MtOutcome.translated(new MtResult(hit.getValue().target(),
                        new Provenance(id(), null, 0, hit.getValue().model(), hit.getValue().at())));
            }
        }
        services.meters().cacheHits(id(), cached.size());
        List<Planned> plans = plan(pending.values(), outcomes);
        for (Sent sent : send(pair, plans)) {
            if (sent.failure() != null) {
                refuse(outcomes, sent.plan().items(), sent.failure().getMessage(), sent.failure().kind().name());
            } else {
                accept(pair, sent, outcomes, now);
            }
        }
        return List.of(outcomes);
    }

    /** Groups by event, context (when the provider sends one per request) and glossary; batches within budgets. */
    private List<Planned> plan(Iterable<Pending> pending, MtOutcome[] outcomes) {
        Map<List<Object>, List<Pending>> groups = new LinkedHashMap<>();
        for (Pending p : pending) {
            groups.computeIfAbsent(Arrays.asList(p.request().eventId(),
                    provider.contextPerRequest() ? p.request().context() : null, p.request().glossary()),
                    g -> new ArrayList<>()).add(p);
        }
        Map<Long, Long> planned = new HashMap<>();
        List<Planned> plans = new ArrayList<>();
        MtProvider.Limits limits = provider.limits();
        for (List<Pending> group : groups.values()) {
            MtRequest first = group.getFirst().request();
            List<String> texts = group.stream().map(p -> p.encoded().text()).toList();
            for (List<Integer> batch : MtBatching.split(texts, limits.maxTexts(), limits.maxBytes())) {
                List<Pending> items = batch.stream().map(group::get).toList();
                long characters = characters(items);
                long budget = services.budgetOf(first.eventId());
                long used = planned.computeIfAbsent(first.eventId(), e -> services.costs().sentForEvent(e));
                if (budget > 0 && used + characters > budget) {
                    refuse(outcomes, items, id() + ": MT budget of " + budget + " characters for this event would be "
                            + "exceeded (" + used + " used, " + characters + " more needed); left for a human", "BUDGET");
                    continue;
                }
                planned.put(first.eventId(), used + characters);
                plans.add(new Planned(first.eventId(), provider.contextPerRequest() ? first.context() : null,
                        first.glossary(), items));
            }
        }
        return plans;
    }

    private List<Sent> send(LanguagePair pair, List<Planned> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Sent>>> futures = plans.stream()
                    .map(plan -> executor.submit(() -> sendSplittingWhenTooLarge(pair, plan))).toList();
            List<Sent> sent = new ArrayList<>();
            for (Future<List<Sent>> future : futures) {
                sent.addAll(future.get());
            }
            return sent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MtException(id() + ": interrupted while translating", e);
        } catch (ExecutionException e) {
            throw new MtException(id() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** A batch refused as too large is halved until it passes or holds one text. */
    private List<Sent> sendSplittingWhenTooLarge(LanguagePair pair, Planned plan) {
        try {
            return List.of(new Sent(plan, call(pair, plan), null));
        } catch (MtProviderException e) {
            if (e.kind() == Kind.TOO_LARGE && plan.items().size() > 1) {
                int half = plan.items().size() / 2;
                List<Sent> sent = new ArrayList<>(sendSplittingWhenTooLarge(pair, plan.with(0, half)));
                sent.addAll(sendSplittingWhenTooLarge(pair, plan.with(half, plan.items().size())));
                return sent;
            }
            return List.of(new Sent(plan, null, e));
        }
    }

    private MtProvider.Answer call(LanguagePair pair, Planned plan) {
        MtProvider.Batch batch = new MtProvider.Batch(pair, plan.items().stream().map(p -> p.encoded().text()).toList(),
                plan.context(), plan.glossary());
        Supplier<MtProvider.Answer> once = () -> {
            inFlight.acquireUninterruptibly();
            try {
                MtProvider.Answer answer = provider.translate(batch);
                if (answer.texts().size() != batch.texts().size()) {
                    throw new MtProviderException(id(), Kind.BAD_ANSWER, "answered " + answer.texts().size()
                            + " translations for " + batch.texts().size() + " texts");
                }
                return answer;
            } catch (MtProviderException e) {
                if (e.kind().opensCircuit()) {
                    openedBecause = e.getMessage();
                }
                throw e;
            } finally {
                inFlight.release();
            }
        };
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, once)).get();
        } catch (CallNotPermittedException e) {
            throw new MtProviderException(id(), Kind.UNAVAILABLE, "paused (circuit open) after: " + openedBecause);
        } catch (MtProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MtProviderException(id(), Kind.BAD_ANSWER, "unreadable answer: " + e);
        }
    }

    private void accept(LanguagePair pair, Sent sent, MtOutcome[] outcomes, Instant now) {
        List<Pending> items = sent.plan().items();
        long[] billed = billed(items, sent.answer());
        List<MtCache.Entry> remembered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Pending item = items.get(i);
            String answer = sent.answer().texts().get(i);
            Optional<String> target = answer == null ? Optional.empty() : checked(item, answer);
            if (target.isEmpty()) {
                refuse(outcomes, List.of(item), id() + ": translation lost or mangled inline codes or protected terms;"
                        + " not used", "INLINE_CODES");
                continue;
            }
            remembered.add(new MtCache.Entry(item.key(), id(), pair, item.request().text(), target.get(),
                    provider.model(), now));
            boolean first = true;
            for (int position : item.positions()) {
                outcomes[position] = MtOutcome.translated(new MtResult(target.get(),
                        new Provenance(id(), null, first ? billed[i] : 0, provider.model(), now)));
                first = false;
            }
        }
        services.cache().put(remembered);
        long sentCharacters = characters(items);
        long billedCharacters = Arrays.stream(billed).sum();
        services.costs().add(id(), sent.plan().eventId(), YearMonth.from(now.atZone(ZoneOffset.UTC)), 1,
                sentCharacters, billedCharacters);
        services.meters().charged(id(), sentCharacters, billedCharacters);
    }

    /** The letter-coded translation when its codes and protected terms are exactly the request's. */
    private static Optional<String> checked(Pending item, String answer) {
        if (answer.isBlank() || !Placeholders.keepsProtectedTerms(answer, item.encoded())) {
            return Optional.empty();
        }
        Optional<String> decoded = Placeholders.decode(answer, item.encoded());
        if (decoded.isEmpty()) {
            return decoded;
        }
        try {
            InlineCodes.check(0, item.request().text(), decoded.get());
            return decoded;
        } catch (InlineCodeMismatchException e) {
            return Optional.empty();
        }
    }

    /** Per text: the provider's count, else a share of its total, else (when it bills what is sent) the length. */
    private long[] billed(List<Pending> items, MtProvider.Answer answer) {
        long[] billed = new long[items.size()];
        long sent = characters(items);
        long remaining = answer.billedTotal() == null ? 0 : answer.billedTotal();
        for (int i = 0; i < items.size(); i++) {
            long length = items.get(i).encoded().text().codePointCount(0, items.get(i).encoded().text().length());
            if (answer.billed() != null && answer.billed().get(i) != null) {
                billed[i] = answer.billed().get(i);
            } else if (answer.billedTotal() != null) {
                billed[i] = i == items.size() - 1 ? remaining : answer.billedTotal() * length / Math.max(1, sent);
                remaining -= billed[i];
            } else {
                billed[i] = provider.billsSentCharacters() ? length : 0;
            }
        }
        return billed;
    }

    private static long characters(List<Pending> items) {
        return items.stream().mapToLong(p -> p.encoded().text().codePointCount(0, p.encoded().text().length())).sum();
    }

    private void refuse(MtOutcome[] outcomes, List<Pending> items, String reason, String kind) {
        for (Pending item : items) {
            for (int position : item.positions()) {
                outcomes[position] = MtOutcome.refused(reason);
            }
        }
        services.meters().fallback(id(), kind, items.stream().mapToInt(p -> p.positions().size()).sum());
    }

    @Override
    public String toString() {
        return "ProviderConnector[" + provider + "]";
    }
}
