package dev.responder.deploy;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;

/**
 * A typed model of cert-manager's {@code Certificate} (cert-manager.io/v1) with the fields of its
 * CRD that Responder uses; a field outside them fails the typed-parse tests, as in {@link
 * CustomResources}.
 */
final class CertManagerResources {

  private CertManagerResources() {}

  /** cert-manager's {@code Certificate}. */
  @Group("cert-manager.io")
  @Version("v1")
  @Kind("Certificate")
  public static final class Certificate extends CustomResource<CertificateSpec, Map<String, Object>>
      implements Namespaced {}

  /** The spec of a Certificate. */
  public static final class CertificateSpec extends StrictModel {
    public String secretName;
    public String duration;
    public String renewBefore;
    public List<String> dnsNames;
    public PrivateKey privateKey;
    public List<String> usages;
    public IssuerRef issuerRef;
    public Keystores keystores;

    public String getSecretName() {
      return secretName;
    }

    public List<String> getDnsNames() {
      return dnsNames;
    }

    public Keystores getKeystores() {
      return keystores;
    }
  }

  /** The key pair's algorithm and size, and whether a renewal makes a new one. */
  public static final class PrivateKey extends StrictModel {
    public String algorithm;
    public int size;
    public String rotationPolicy;
    public String encoding;
  }

  /** Which issuer signs. */
  public static final class IssuerRef extends StrictModel {
    public String name;
    public String kind;
    public String group;
  }

  /** The key stores cert-manager writes beside the PEM files. */
  public static final class Keystores extends StrictModel {
    public Pkcs12 pkcs12;

    public Pkcs12 getPkcs12() {
      return pkcs12;
    }
  }

  /** A PKCS12 key store and where its password is. */
  public static final class Pkcs12 extends StrictModel {
    public boolean create;
    public String profile;
    public SecretKeyRef passwordSecretRef;

    public boolean isCreate() {
      return create;
    }

    public SecretKeyRef getPasswordSecretRef() {
      return passwordSecretRef;
    }
  }

  /** One key of a Secret. */
  public static final class SecretKeyRef extends StrictModel {
    public String name;
    public String key;

    public String getName() {
      return name;
    }

    public String getKey() {
      return key;
    }
  }
}
