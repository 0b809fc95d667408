/**
 * Benchmarks that measure what the issues set targets for (speed, memory, start-up), run by
 * hand and repeatable; not tests, so a slow machine never fails a build.
 */
package org.storydesk.bench;
