package org.xiezhi.api.extension;

/**
 * A subcommand contributed by a module above {@code api} (evaluation, benchmarks), found through
 * {@link java.util.ServiceLoader}. The implementing class must be a picocli {@code @Command}.
 */
public interface CliExtension {}
