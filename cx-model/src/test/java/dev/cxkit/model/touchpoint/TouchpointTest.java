package dev.cxkit.model.touchpoint;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.cxkit.model.testing.Contracts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchpointTest {

  private static final Channel MAIL = Channel.of("mail", "Postal mail", ChannelKind.PHYSICAL);

  private static Touchpoint.Builder bill() {
    return Touchpoint.builder()
        .id("monthly-bill")
        .name("Monthly bill")
        .channel(MAIL)
        .addStageId("retention")
        .owningFunction(BusinessFunction.BILLING)
        .ownership(Ownership.BRAND_OWNED)
        .internalProcess(true);
  }

  @Test
  void controlLevelDerivesFromOwnership() {
    // Rule documented on Ownership (after Lemon and Verhoef 2016).
    assertEquals(ControlLevel.CONTROLLED, Ownership.BRAND_OWNED.controlLevel());
    assertEquals(ControlLevel.INFLUENCED, Ownership.PARTNER_OWNED.controlLevel());
    assertEquals(ControlLevel.INFLUENCED, Ownership.CUSTOMER_OWNED.controlLevel());
    assertEquals(ControlLevel.UNCONTROLLED, Ownership.EXTERNAL_SOCIAL.controlLevel());
    for (Ownership ownership : Ownership.values()) {
      assertEquals(ownership.controlLevel(), bill().ownership(ownership).build().controlLevel());
    }
  }

  @Test
  void internalProcessTouchpointsAreExpressible() {
    Touchpoint bill = bill().build();
    assertTrue(bill.internalProcess());
    assertTrue(bill.occursIn("retention"));
    assertFalse(bill.occursIn("awareness"));
    assertEquals(
        List.of(
            "billing",
            "sales-quoting",
            "reference-management",
            "field-service",
            "workflow",
            "customer-segmentation"),
        BusinessFunction.internalProcesses().stream().map(BusinessFunction::id).toList());
    assertEquals(
        "Touchpoint{monthly-bill 'Monthly bill', channel=mail, stages=[retention],"
            + " function=billing, BRAND_OWNED/CONTROLLED, internal process}",
        bill.toString());
  }

  @Test
  void defaults() {
    Touchpoint review =
        Touchpoint.builder()
            .id("review-site")
            .name("Review site")
            .channel(Channel.of("web", "Web", ChannelKind.DIGITAL))
            .ownership(Ownership.EXTERNAL_SOCIAL)
            .build();
    assertFalse(review.internalProcess());
    assertEquals(Optional.empty(), review.owningFunction());
    assertTrue(review.stageIds().isEmpty());
  }

  @Test
  void touchpointRules() {
    assertRejected(
        "touchpoint id must be a non-blank id of at most 200 characters without surrounding spaces"
            + " or control characters, was 'a[U+0009]b'", // the tab is shown escaped
        () -> bill().id("a\tb").build());
    assertRejected(
        "touchpoint 'monthly-bill' name must not be blank, was ' '",
        () -> bill().name(" ").build());
    assertRejected(
        "touchpoint 'monthly-bill' stageIds entry must be a non-blank id of at most 200 characters"
            + " without surrounding spaces or control characters, was ''",
        () -> bill().addStageId("").build());
  }

  @Test
  void channelAndFunctionRules() {
    assertRejected(
        "channel id must be a non-blank id of at most 200 characters without surrounding spaces or"
            + " control characters, was ''",
        () -> Channel.of("", "Web", ChannelKind.DIGITAL));
    assertRejected(
        "channel name must not be blank, was ''", () -> Channel.of("web", "", ChannelKind.DIGITAL));
    assertRejected(
        "business function id must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was 'legal '",
        () -> BusinessFunction.of("legal ", "Legal"));
    assertRejected(
        "business function name must not be blank, was ' '",
        () -> BusinessFunction.of("legal", " "));
  }

  @Test
  void nullsAreRejected() {
    Contracts.nullPointerTester().testAllPublicStaticMethods(Touchpoint.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(Channel.class);
    Contracts.nullPointerTester().testAllPublicConstructors(Channel.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(BusinessFunction.class);
    Contracts.nullPointerTester().testAllPublicConstructors(BusinessFunction.class);
    Contracts.nullPointerTester().testAllPublicInstanceMethods(bill().build());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(bill().build(), bill().build())
        .addEqualityGroup(bill().id("other").build())
        .addEqualityGroup(bill().ownership(Ownership.PARTNER_OWNED).build())
        .addEqualityGroup(bill().internalProcess(false).build())
        .addEqualityGroup(bill().addStageId("advocacy").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(MAIL, Channel.of("mail", "Postal mail", ChannelKind.PHYSICAL))
        .addEqualityGroup(Channel.of("mail", "Postal mail", ChannelKind.ASSISTED))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(BusinessFunction.BILLING, BusinessFunction.of("billing", "Billing"))
        .addEqualityGroup(BusinessFunction.of("billing", "Invoicing"))
        .testEquals();
  }
}
