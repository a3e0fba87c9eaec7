package eu.pharos.platform.internal;

import eu.pharos.platform.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Token buckets in this node's memory, one per limit and key. The map is bounded and forgets the
 * least recently used keys first, so that a flood of made-up client addresses cannot exhaust the
 * heap; a forgotten key simply starts with a full bucket again.
 */
@Component
class Bucket4jRateLimiter implements RateLimiter {

  static final int MAX_KEYS = 50_000;

  private final TimeMeter time;
  private final Map<BucketKey, Bucket> buckets;

  @Autowired
  Bucket4jRateLimiter() {
    this(TimeMeter.SYSTEM_NANOTIME, MAX_KEYS);
  }

  Bucket4jRateLimiter(TimeMeter time, int maxKeys) {
    this.time = time;
    this.buckets =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<BucketKey, Bucket> eldest) {
            return size() > maxKeys;
          }
        };
  }

  @Override
  public Decision tryAcquire(Limit limit, String key) {
    Bucket bucket = bucketFor(limit, key == null ? "" : key);
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Decision.allow();
    }
    return Decision.refuse(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  int size() {
    synchronized (buckets) {
      return buckets.size();
    }
  }

  /** A limit (its name, permits and period) and the key it is counted by. */
  private record BucketKey(Limit limit, String key) {}

  private Bucket bucketFor(Limit limit, String key) {
    synchronized (buckets) {
      return buckets.computeIfAbsent(
          new BucketKey(limit, key),
          k ->
              Bucket.builder()
                  .addLimit(
                      bandwidth ->
                          bandwidth
                              .capacity(limit.permits())
                              .refillIntervally(limit.permits(), limit.period()))
                  .withCustomTimePrecision(time)
                  .build());
    }
  }
}
