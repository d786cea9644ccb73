/**
 * An in-memory emulator of the Maito customer API, for tests and local development.
 *
 * <p>{@link com.getmaito.emulator.MaitoEmulator} serves the whole wire contract over loopback HTTP;
 * {@link com.getmaito.emulator.MaitoEmulatorExtension} runs one per JUnit 5 test class; {@link
 * com.getmaito.emulator.EmulatorMain} runs one standalone. {@link com.getmaito.emulator.Faults} and
 * {@link com.getmaito.emulator.FaultPlan} inject faults, {@link com.getmaito.emulator.MutableClock}
 * moves its time, and {@link com.getmaito.emulator.EmulatedSubscriber} and {@link
 * com.getmaito.emulator.EmulatedTag} are snapshots of what it stores. The emulator is an
 * independent implementation of the contract: it shares no code with the SDK.
 *
 * <p>Inside, one job per class (package-private):
 *
 * <ul>
 *   <li>{@code EmulatorEngine}: dispatch and the request chain (fault, route, method, key, rate
 *       budget, scope, content type, idempotency, resource), under the store's one lock.
 *   <li>{@code Store}: the stored state and its one lock ({@code SubscriberRow}, {@code TagRow},
 *       {@code KeyRow}); {@code OrderedIndex}: rows by creation order with rank lookups in O(log
 *       n), so a page costs the same at any store size.
 *   <li>{@code Subscribers} (with {@code SubscriberInput}, its body validation), {@code Tags} and
 *       {@code ApiKeys} (with authentication): one class per resource, its handlers and wire form;
 *       {@code Validation}: the field checks they share.
 *   <li>{@code Pager}: {@code limit}, {@code cursor}, {@code offset} and the list {@code meta}.
 *   <li>{@code IdempotencyStore}: the stored answers to keyed POSTs, replayed for 24 hours within a
 *       byte budget.
 *   <li>{@code RateBudget}: each key's window and the {@code RateLimit-*} headers.
 *   <li>{@code HttpStatuses}: reason phrases and the contract's error code per status; {@code
 *       ApiError}, {@code Reply} and {@code Route}: an error answer, an answer and a matched route;
 *       {@code Bodies} and {@code Json}: request bodies and JSON; {@code Statistics}: request
 *       counts.
 * </ul>
 *
 * <p>Values are non-null unless documented otherwise.
 */
package com.getmaito.emulator;
