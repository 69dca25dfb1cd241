package org.gil4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static final Verdict.Load IDLE = new Verdict.Load(0.4, 2);
  private static final Verdict.Load BUSY = new Verdict.Load(3.46, 2);

  @Test
  void holds_whenEveryRatioMeetsItsBound() {
    Verdict v =
        new Verdict(
            "two threads do twice the work",
            List.of(
                Verdict.Check.atLeast("2 threads / 1", 1.95, 1.5),
                Verdict.Check.atMost("held / 1", 1.25, 1.25)),
            IDLE);
    assertTrue(v.holds());
    assertEquals(
        List.of(
            "measured: 2 threads / 1: 1.95x (claim: at least 1.50x)",
            "measured: held / 1: 1.25x (claim: at most 1.25x)",
            "verdict: holds"),
        v.lines());
  }

  @Test
  void doesNotHold_namesTheFigureAndByHowMuch() {
    Verdict v =
        new Verdict(
            "claim",
            List.of(
                Verdict.Check.atLeast("2 threads / 1", 1.2, 1.5),
                Verdict.Check.atMost("held / 1", 1.5, 1.25),
                Verdict.Check.atLeast("fine", 3, 2)),
            IDLE);
    assertFalse(v.holds());
    assertEquals(
        "verdict: does not hold in this run (2 threads / 1: 1.20x, 20% short of 1.50x;"
            + " held / 1: 1.50x, 20% over 1.25x)",
        v.verdictLine());
    assertEquals(0.2, v.checks().get(0).miss(), 1e-9);
    assertEquals(0.0, v.checks().get(2).miss());
  }

  @Test
  void overloadedMachine_isSaidBesideTheVerdict_whetherItHoldsOrNot() {
    Verdict holds = new Verdict("c", List.of(Verdict.Check.atLeast("r", 2, 1.5)), BUSY);
    assertEquals(
        "verdict: holds [machine overloaded: load average 3.5 on 2 cores]", holds.verdictLine());
    Verdict fails = new Verdict("c", List.of(Verdict.Check.atLeast("r", 1, 1.5)), BUSY);
    assertEquals(
        "verdict: does not hold in this run (r: 1.00x, 33% short of 1.50x)"
            + " [machine overloaded: load average 3.5 on 2 cores]",
        fails.verdictLine());
  }

  @Test
  void controlThatMissedToo_isBlamedOnTheMachine() {
    Verdict v =
        new Verdict(
            "c",
            List.of(Verdict.Check.atLeast("2 threads releasing / 1", 0.97, 1.5)),
            Verdict.Check.atLeast("2 threads without the lock / 1", 0.98, 1.5),
            IDLE);
    assertFalse(v.holds());
    assertEquals(
        List.of(
            "measured: 2 threads releasing / 1: 0.97x (claim: at least 1.50x)",
            "control: 2 threads without the lock / 1: 0.98x (claim: at least 1.50x)",
            "verdict: does not hold in this run (2 threads releasing / 1: 0.97x, 35% short of"
                + " 1.50x); the control without the lock missed too (0.98x), so this machine did"
                + " not give the threads the cores the claim needs"),
        v.lines());
  }

  @Test
  void controlThatReachedTheBound_leavesTheFailureOnTheLock() {
    Verdict v =
        new Verdict(
            "c",
            List.of(Verdict.Check.atLeast("r", 1.0, 1.5)),
            Verdict.Check.atLeast("control", 1.9, 1.5),
            IDLE);
    assertEquals(
        "verdict: does not hold in this run (r: 1.00x, 33% short of 1.50x)", v.verdictLine());
    Verdict passing =
        new Verdict(
            "c",
            List.of(Verdict.Check.atLeast("r", 1.6, 1.5)),
            Verdict.Check.atLeast("control", 1.0, 1.5),
            IDLE);
    assertTrue(passing.holds(), "a missed control never fails a claim that held");
    assertEquals("verdict: holds", passing.verdictLine());
  }

  @Test
  void load_atTheCoreCountIsNotOverloaded_unknownNeverIs() {
    assertFalse(new Verdict.Load(2.0, 2).overloaded());
    assertTrue(new Verdict.Load(2.01, 2).overloaded());
    Verdict.Load unknown = new Verdict.Load(-1, 2);
    assertFalse(unknown.overloaded());
    assertEquals("load average unknown on 2 cores", unknown.describe());
    assertTrue(Verdict.Load.now().cores() >= 1);
  }

  @Test
  void missingFigure_neverHolds() {
    Verdict v =
        new Verdict(
            "c", List.of(Verdict.Check.atMost("first report / threshold", Double.NaN, 2)), IDLE);
    assertFalse(v.holds());
    assertEquals(
        "measured: first report / threshold: n/a (claim: at most 2.00x)", v.lines().get(0));
    assertEquals(
        "verdict: does not hold in this run (first report / threshold: not measured)",
        v.verdictLine());
    assertEquals(1.0, v.checks().get(0).miss());
  }

  @Test
  void badVerdicts_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Verdict("c", List.of(), IDLE));
    assertThrows(IllegalArgumentException.class, () -> Verdict.Check.atLeast("r", 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Verdict.Check.atMost("r", 1, Double.NaN));
  }
}
