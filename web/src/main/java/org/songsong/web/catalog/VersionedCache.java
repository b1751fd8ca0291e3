package org.songsong.web.catalog;

import java.util.function.ToLongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Values computed for one version of the collection (the importer bumps it with every batch): a value
 * kept for another version is a miss, and is replaced or evicted, least recently used first. Hits and
 * misses are in {@code /q/metrics} under the cache's name.
 */
final class VersionedCache<K, V> {

    private record Kept<V>(long version, V value) {
    }

    private final Cache<K, Kept<V>> cache;

    private VersionedCache(Cache<K, Kept<V>> cache, String name, MeterRegistry registry) {
        this.cache = cache;
        CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    /** Values weighing {@code maxWeight} at most, each as {@code weight} says. */
    static <K, V> VersionedCache<K, V> ofWeight(String name, long maxWeight, ToLongFunction<V> weight,
            MeterRegistry registry) {
        Cache<K, Kept<V>> cache = Caffeine.newBuilder().maximumWeight(maxWeight)
                .weigher((K key, Kept<V> kept) -> (int) Math.min(Integer.MAX_VALUE, weight.applyAsLong(kept.value())))
                .executor(Runnable::run).recordStats().build();
        return new VersionedCache<>(cache, name, registry);
    }

    V get(K key, long version) {
        Kept<V> kept = cache.getIfPresent(key);
        return kept != null && kept.version() == version ? kept.value() : null;
    }

    void put(K key, long version, V value) {
        cache.put(key, new Kept<>(version, value));
    }
}
