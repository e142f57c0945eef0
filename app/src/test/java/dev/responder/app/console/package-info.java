/**
 * The web console and the public status page tested in a real browser: Debian's headless Chromium
 * driven by Selenium against a local stack started as {@code responder local} starts it.
 */
package dev.responder.app.console;
