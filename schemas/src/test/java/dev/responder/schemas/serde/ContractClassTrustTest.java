package dev.responder.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Severity;
import org.junit.jupiter.api.Test;

class ContractClassTrustTest {

  @Test
  void shouldTrustTheGeneratedContractRecordsAndEnums() {
    assertThat(ContractClassTrust.isContractClass(Alert.class)).isTrue();
    assertThat(ContractClassTrust.isContractClass(Severity.class)).isTrue();
  }

  @Test
  void shouldNotTrustAnythingElse() {
    assertThat(ContractClassTrust.isContractClass(AvroSerde.class)).isFalse();
    assertThat(ContractClassTrust.isContractClass(ProcessBuilder.class)).isFalse();
  }
}
