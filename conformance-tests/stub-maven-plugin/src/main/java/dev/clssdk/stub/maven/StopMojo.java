package dev.clssdk.stub.maven;

import dev.clssdk.stub.StubServer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Stops the contract stub {@code start} started in this project, after the integration tests. */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public final class StopMojo extends AbstractMojo {

    @Override
    public void execute() {
        Object server = getPluginContext().remove(StartMojo.SERVER_KEY);
        if (server instanceof StubServer running) {
            String url = running.url();
            running.close();
            getLog().info("contract stub: stopped (" + url + ")");
        } else {
            getLog().info("contract stub: not running here (start was skipped or did not run)");
        }
    }
}
