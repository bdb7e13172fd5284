package dev.passerelle.review.check;

import dev.passerelle.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The registry of every {@link QaCheck} bean: runs those an event enabled, with the event's severities, and applies
 * their fixes. A check that throws becomes a {@code check-failed} warning: one bad check never blocks review.
 */
@Service
public class QaChecks {

    static final String CHECK_FAILED = "check-failed";
    private static final Logger log = LoggerFactory.getLogger(QaChecks.class);
    private static final int FIX_PASSES = 4;

    private final List<QaCheck> checks;
    private final QaSettingsRepository settings;

    QaChecks(List<QaCheck> checks, QaSettingsRepository settings) {
        this.checks = checks.stream().sorted(Comparator.comparing(QaCheck::id)).toList();
        this.settings = settings;
    }

    /** Every registered check with the event's setting for it (defaults where the event chose none). */
    public List<QaSetting> settings(String event) {
        Map<String, QaSetting> chosen = settings.forKnownEvent(event);
        return checks.stream().map(check -> effective(check, chosen)).toList();
    }

    public QaSetting configure(String event, String checkId, boolean enabled, Severity severity) {
        QaCheck check = checks.stream().filter(c -> c.id().equals(checkId)).findFirst()
                .orElseThrow(() -> new NotFoundException("QA check", checkId));
        settings.save(event, new QaSetting(check.id(), enabled, severity));
        return effective(check, settings.forEvent(event));
    }

    public List<QaCheck> all() {
        return checks;
    }

    /** The event's settings, to pass to {@link #run(QaContext, Map)} when checking many segments. */
    public Map<String, QaSetting> chosenBy(String event) {
        return event == null ? Map.of() : settings.forEvent(event);
    }

    public QaReport run(QaContext context) {
        return run(context, chosenBy(context.event()));
    }

    public QaReport run(QaContext context, Map<String, QaSetting> chosen) {
        List<QaIssue> issues = new ArrayList<>();
        for (QaCheck check : checks) {
            QaSetting setting = effective(check, chosen);
            if (setting.enabled()) {
                issues.addAll(runOne(check, context, setting.severity()));
            }
        }
        return QaReport.of(issues);
    }

    /** The target with every enabled check's fixes applied, repeated while fixes reveal more (at most a few passes). */
    public String autofix(QaContext context, Map<String, QaSetting> chosen) {
        QaContext current = context;
        for (int pass = 0; pass < FIX_PASSES; pass++) {
            List<QaIssue> fixable = run(current, chosen).issues().stream().filter(QaIssue::fixable)
                    .sorted(Comparator.comparingInt(QaIssue::start).reversed()).toList();
            if (fixable.isEmpty()) {
                break;
            }
            StringBuilder target = new StringBuilder(current.target());
            int applied = Integer.MAX_VALUE;
            for (QaIssue issue : fixable) {
                if (issue.end() <= applied) {
                    target.replace(issue.start(), issue.end(), issue.replacement());
                    applied = issue.start();
                }
            }
            current = new QaContext(current.event(), current.sourceLang(), current.targetLang(), current.source(),
                    target.toString(), current.doNotTranslate());
        }
        return current.target();
    }

    private static List<QaIssue> runOne(QaCheck check, QaContext context, Severity severity) {
        try {
            return check.check(context).stream().map(issue -> issue.withSeverity(severity)).toList();
        } catch (RuntimeException e) {
            log.warn("QA check {} failed on '{}'", check.id(), context.target(), e);
            return List.of(new QaIssue(CHECK_FAILED, Severity.WARNING, "The check " + check.id() + " failed: " + e,
                    -1, -1, null));
        }
    }

    private static QaSetting effective(QaCheck check, Map<String, QaSetting> chosen) {
        QaSetting setting = chosen.get(check.id());
        if (setting == null) {
            return new QaSetting(check.id(), true, check.defaultSeverity());
        }
        return new QaSetting(check.id(), setting.enabled(),
                setting.severity() == null ? check.defaultSeverity() : setting.severity());
    }
}
