package org.entente.bench;

import java.util.concurrent.TimeUnit;

import org.entente.exchange.starter.StarterLibrary;
import org.entente.model.LibraryContent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The starter library's first read in a fresh JVM, class loading of Jackson and the model
 * included: what a first start pays before it can seed the new library. One shot per fork and no
 * set-up that touches the classes under test, so every measured call is cold.
 */
public class StarterLibraryColdBench {
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public LibraryContent firstRead() {
        return StarterLibrary.read();
    }
}
