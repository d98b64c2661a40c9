package ru.socorder.service.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Progress of long jobs (imports) that screens poll: done and total per job id. */
@ApplicationScoped
public class JobProgress {
    private final Map<String, long[]> jobs = new ConcurrentHashMap<>();

    public String start(long total) {
        String id = UUID.randomUUID().toString();
        jobs.put(id, new long[] {0, Math.max(1, total)});
        return id;
    }

    public void advance(String id, long done) {
        long[] p = jobs.get(id);
        if (p != null) {
            p[0] = done;
        }
    }

    /** 0..100 */
    public int percent(String id) {
        long[] p = id == null ? null : jobs.get(id);
        return p == null ? 0 : (int) Math.min(100, p[0] * 100 / p[1]);
    }

    public void finish(String id) {
        jobs.remove(id);
    }
}
