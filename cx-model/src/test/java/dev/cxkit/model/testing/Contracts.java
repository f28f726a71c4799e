package dev.cxkit.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.ChannelKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.function.Executable;

/** Shared contract-test helpers: a configured {@link NullPointerTester} and message checks. */
public final class Contracts {

  private Contracts() {}

  /** A null-pointer tester whose defaults are valid model values. */
  public static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Scale.class, Scale.nps())
        .setDefault(Emotion.class, Emotion.ofMapScore(0))
        .setDefault(Instant.class, Instant.parse("2024-01-01T00:00:00Z"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Currency.class, Currency.getInstance("EUR"))
        .setDefault(Channel.class, Channel.of("web", "Web", ChannelKind.DIGITAL));
  }

  /** Asserts that {@code action} throws an {@link IllegalArgumentException} with this message. */
  public static void assertRejected(String message, Executable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
    assertEquals(message, e.getMessage());
  }
}
