package dev.clssdk.bench.loopback;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the load mains, the same for ours and the official SDK:
 * {@code threads... [--warmup S] [--seconds S] [--rounds N] [--latency MS] [--async] [--max-concurrent N]};
 * default 1 and 16 threads, 5 s warm-up, 3 rounds of 5 s, no server latency, blocking calls.
 *
 * @param threads client threads (or, with {@code --async}, calls kept in flight), one run each
 * @param warmup warm-up seconds before the first round
 * @param seconds length of a round
 * @param rounds measured rounds
 * @param latencyMillis how long the loopback server waits before each answer
 * @param async one thread keeping {@code threads} asynchronous calls in flight, instead of blocking threads
 * @param maxConcurrent the client's limit on concurrent asynchronous calls, 0 for its default
 */
public record LoadOptions(List<Integer> threads, double warmup, double seconds, int rounds, long latencyMillis, boolean async,
        int maxConcurrent) {

    /**
     * Parses the arguments.
     *
     * @param args the command line
     * @return the options
     */
    public static LoadOptions parse(String[] args) {
        List<Integer> threads = new ArrayList<>();
        double warmup = 5;
        double seconds = 5;
        int rounds = 3;
        long latency = 0;
        boolean async = false;
        int maxConcurrent = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--latency" -> latency = Long.parseLong(args[++i]);
                case "--async" -> async = true;
                case "--max-concurrent" -> maxConcurrent = Integer.parseInt(args[++i]);
                default -> threads.add(Integer.parseInt(args[i]));
            }
        }
        return new LoadOptions(threads.isEmpty() ? List.of(1, 16) : List.copyOf(threads), warmup, seconds, rounds, latency, async, maxConcurrent);
    }

    /**
     * The label of a result line: client, call style and server latency.
     *
     * @param client {@code ours} or {@code official}
     * @return e.g. {@code ours blocking latency_ms=0}
     */
    public String label(String client) {
        return client + (async ? " async" : " blocking") + " latency_ms=" + latencyMillis;
    }
}
