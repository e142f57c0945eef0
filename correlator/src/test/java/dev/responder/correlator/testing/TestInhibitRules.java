package dev.responder.correlator.testing;

import dev.responder.correlator.domain.InhibitRule;
import dev.responder.correlator.domain.InhibitRules;
import java.util.List;

/** Inhibit rules for tests that use the test classifier rather than a catalog. */
public final class TestInhibitRules {

  /** The correlator's behaviour before inhibition was configurable: any open P1 mutes its scope. */
  public static final InhibitRules P1_MUTES_ITS_SCOPE =
      new InhibitRules(List.of(InhibitRule.p1MutesItsScope("p1-mutes-its-scope")));

  private TestInhibitRules() {}
}
