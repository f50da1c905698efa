package id.go.bimakota.pilar.client;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;

/** What every client contract test starts from: the real field client wired to the running service. */
abstract class ContractTestBase {

    @TestHTTPResource("/")
    URL root;

    Contract contract;

    @BeforeEach
    void connectContract() {
        contract = new Contract(root);
    }
}
