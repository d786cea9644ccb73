/**
 * An in-memory emulator of the Maito customer API, for tests and local development.
 *
 * <p>{@link com.getmaito.emulator.MaitoEmulator} serves the whole wire contract over loopback HTTP;
 * {@link com.getmaito.emulator.MaitoEmulatorExtension} runs one per JUnit 5 test class; {@link
 * com.getmaito.emulator.EmulatorMain} runs one standalone. The emulator is an independent
 * implementation of the contract: it shares no code with the SDK.
 *
 * <p>Values are non-null unless documented otherwise.
 */
package com.getmaito.emulator;
