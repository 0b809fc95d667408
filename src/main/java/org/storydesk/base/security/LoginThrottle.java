package org.storydesk.base.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.storydesk.base.StoryDeskProperties;

/**
 * How many wrong passwords an account, and a client address, may try. Each has a token bucket
 * (Bucket4j): a failed login takes a token, and tokens come back one at a time over the window.
 * With none left, logins to that account or from that address wait, the right password too,
 * and are refused before the password is even hashed, so a flood costs the server almost
 * nothing. Each lockout is logged once. The buckets live in this node's memory, in a bounded
 * cache: a flood of made-up account names cannot fill the heap, and a restart forgets them.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Why a login must wait, and for how long. */
    public record Lockout(String who, Duration retryAfter) {

        /** Whole seconds, at least one, as {@code Retry-After} gives them. */
        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        /** "Too many failed logins to this account: try again in 2 minutes." */
        public String message() {
            long seconds = seconds();
            String wait = seconds < 90 ? seconds + (seconds == 1 ? " second" : " seconds") : (seconds + 59) / 60 + " minutes";
            return "Too many failed logins " + who + ": try again in " + wait + ".";
        }
    }

    private final StoryDeskProperties.Logins limits;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    LoginThrottle(StoryDeskProperties properties) {
        this.limits = properties.logins();
        this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(limits.accountWindow().multipliedBy(2)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(limits.addressWindow().multipliedBy(2)).build();
    }

    /** Whether a login to this account from this address must wait, before anything else is done with it. */
    public Optional<Lockout> lockout(String account, String address) {
        return waiting(addresses.getIfPresent(address), "from this address")
                .or(() -> waiting(accounts.getIfPresent(key(account)), "to this account"));
    }

    /** A wrong password (or an account that does not exist): one token less for the account and for the address. */
    public void failed(String account, String address) {
        take(accounts.get(key(account), name -> bucket(limits.accountAttempts(), limits.accountWindow())),
                "Logins to account '" + printable(account) + "' (last tried from " + address + ")", limits.accountAttempts());
        take(addresses.get(address, name -> bucket(limits.addressAttempts(), limits.addressWindow())),
                "Logins from " + address, limits.addressAttempts());
    }

    /** The right password: the account's failures are forgotten (the address's are not, or one good login would reset a flood). */
    public void succeeded(String account) {
        accounts.invalidate(key(account));
    }

    private static Optional<Lockout> waiting(Bucket bucket, String who) {
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(new Lockout(who, Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    private static void take(Bucket bucket, String who, int attempts) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && probe.getRemainingTokens() == 0) {
            log.warn("{} are locked after {} failed attempts: the next is let through in {} s", who, attempts,
                    bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill() / 1_000_000_000 + 1);
        }
    }

    private static Bucket bucket(int attempts, Duration window) {
        return Bucket.builder().addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window)).build();
    }

    /** Account names are matched as the accounts are: without regard to case. */
    private static String key(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    private static String printable(String text) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 59) + "…";
    }
}
