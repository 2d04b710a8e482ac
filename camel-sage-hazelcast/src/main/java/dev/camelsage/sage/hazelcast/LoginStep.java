package dev.camelsage.sage.hazelcast;

import java.util.Map;

import com.hazelcast.map.EntryProcessor;
import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.LoginState;

/**
 * One store operation on the {@link LoginState} of a username, run on the member that owns it, one at a time per key,
 * and with the same arguments on its backup copy (see {@link QuotaStep}).
 *
 * @param <R> what the caller gets back; serializable
 */
interface LoginStep<R> extends EntryProcessor<LoginKey, LoginState, R> {

    R apply(LoginKey login, LoginState state);

    @Override
    default R process(Map.Entry<LoginKey, LoginState> entry) {
        LoginState state = entry.getValue() == null ? new LoginState() : entry.getValue();
        R result = apply(entry.getKey(), state);
        entry.setValue(state);
        return result;
    }
}
