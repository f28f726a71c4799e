package dev.cxkit.model.lifecycle;

import static dev.cxkit.model.lifecycle.LifecyclePhase.POSTPURCHASE;
import static dev.cxkit.model.lifecycle.LifecyclePhase.PREPURCHASE;
import static dev.cxkit.model.lifecycle.LifecyclePhase.PURCHASE;
import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.cxkit.model.testing.Contracts;
import dev.cxkit.model.testing.ModelArbitraries;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LifecycleModelTest {

  private static final LifecycleStage TRIAL = LifecycleStage.of("trial", "Trial", PREPURCHASE);
  private static final LifecycleStage BUY = LifecycleStage.of("buy", "Buy", PURCHASE);
  private static final LifecycleStage RENEW = LifecycleStage.of("renew", "Renew", POSTPURCHASE);

  @Test
  void standardModelHasTheSixStagesInOrderWithTheirPhases() {
    LifecycleModel standard = LifecycleModel.standard();
    assertEquals(
        List.of("awareness", "consideration", "selection", "purchase", "retention", "advocacy"),
        standard.stageIds());
    assertEquals(PREPURCHASE, standard.stage("consideration").phase());
    assertEquals(PURCHASE, standard.stage("selection").phase());
    assertEquals(PURCHASE, standard.stage("purchase").phase());
    assertEquals(POSTPURCHASE, standard.stage("advocacy").phase());
    assertEquals(
        "LifecycleModel{standard: awareness -> consideration -> selection -> purchase -> retention"
            + " -> advocacy}",
        standard.toString());
  }

  @Test
  void lookupByIdIndexAndOrder() {
    LifecycleModel model = LifecycleModel.of("saas", List.of(TRIAL, BUY, RENEW));
    assertEquals(1, model.indexOf("buy"));
    assertTrue(model.isBefore("trial", "renew"));
    assertFalse(model.isBefore("renew", "trial"));
    assertFalse(model.isBefore("buy", "buy"));
    assertEquals(Optional.of(RENEW), model.find("renew"));
    assertEquals(Optional.empty(), model.find("churn"));
    assertTrue(model.contains("trial"));
    assertFalse(model.contains("churn"));
  }

  @Test
  void unknownStageIsNamedWithTheModelsStages() {
    LifecycleModel model = LifecycleModel.of("saas", List.of(TRIAL, BUY, RENEW));
    assertRejected(
        "stageId must be a stage of lifecycle model 'saas' [trial, buy, renew], was 'churn'",
        () -> model.indexOf("churn"));
    assertRejected(
        "stageId must be a stage of lifecycle model 'saas' [trial, buy, renew], was 'churn'",
        () -> model.isBefore("trial", "churn"));
  }

  @Test
  void modelRules() {
    assertRejected(
        "lifecycle model 'x' stages must not be empty, was []",
        () -> LifecycleModel.of("x", List.of()));
    assertRejected(
        "lifecycle model name must not be blank, was ' '",
        () -> LifecycleModel.of(" ", List.of(TRIAL)));
    assertRejected(
        "lifecycle model 'x' stages must have unique ids, was 'trial' twice",
        () -> LifecycleModel.of("x", List.of(TRIAL, BUY, TRIAL)));
    assertRejected(
        "lifecycle model 'x' stages must not go back a phase, was trial (PREPURCHASE) after buy"
            + " (PURCHASE)",
        () -> LifecycleModel.of("x", List.of(BUY, TRIAL)));
  }

  @Test
  void stageRules() {
    assertRejected(
        "stage id must be a non-blank id of at most 200 characters without surrounding spaces or"
            + " control characters, was ' trial'",
        () -> LifecycleStage.of(" trial", "Trial", PREPURCHASE));
    assertRejected(
        "stage id must be a non-blank id of at most 200 characters without surrounding spaces or"
            + " control characters, was ''",
        () -> LifecycleStage.of("", "Trial", PREPURCHASE));
    assertRejected(
        "stage name must not be blank, was ''", () -> LifecycleStage.of("t", "", PREPURCHASE));
    String tooLong = "a".repeat(201);
    assertRejected(
        "stage id must be a non-blank id of at most 200 characters without surrounding spaces or"
            + " control characters, was '"
            + "a".repeat(40)
            + "... (201 characters)'",
        () -> LifecycleStage.of(tooLong, "Trial", PREPURCHASE));
  }

  @Test
  void stageDescriptionDefaultsToEmpty() {
    assertEquals("", TRIAL.description());
    assertEquals("LifecycleStage{trial 'Trial', PREPURCHASE}", TRIAL.toString());
  }

  @Property(tries = 100)
  void orderFollowsTheStageListAndPhasesNeverGoBack(@ForAll("models") LifecycleModel model) {
    List<String> ids = model.stageIds();
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i, model.indexOf(ids.get(i)));
      assertEquals(model.stages().get(i), model.stage(ids.get(i)));
      for (int j = 0; j < ids.size(); j++) {
        assertEquals(i < j, model.isBefore(ids.get(i), ids.get(j)));
        if (i < j) {
          assertTrue(model.stages().get(i).phase().compareTo(model.stages().get(j).phase()) <= 0);
        }
      }
    }
  }

  @Provide
  Arbitrary<LifecycleModel> models() {
    return ModelArbitraries.lifecycleModels();
  }

  @Test
  void nullsAreRejected() {
    Contracts.nullPointerTester().testAllPublicStaticMethods(LifecycleStage.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(LifecycleModel.class);
    Contracts.nullPointerTester().testAllPublicInstanceMethods(LifecycleModel.standard());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(TRIAL, LifecycleStage.of("trial", "Trial", PREPURCHASE))
        .addEqualityGroup(LifecycleStage.of("trial", "Trial", PURCHASE))
        .addEqualityGroup(LifecycleStage.builder().from(TRIAL).description("Free 14 days").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LifecycleModel.standard(), LifecycleModel.standard())
        .addEqualityGroup(LifecycleModel.of("saas", List.of(TRIAL, BUY)))
        .addEqualityGroup(LifecycleModel.of("saas", List.of(TRIAL, BUY, RENEW)))
        .testEquals();
  }
}
