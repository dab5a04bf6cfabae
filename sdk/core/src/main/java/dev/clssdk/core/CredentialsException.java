package dev.clssdk.core;

import java.util.List;

/**
 * No usable credentials were found. Lists every place that was searched and why each gave
 * nothing; never contains a secret.
 */
public class CredentialsException extends SdkException {
    private static final long serialVersionUID = 1L;

    /** Where the providers looked, in order. */
    private final List<String> searched;

    /**
     * @param searched one entry per place searched: where, and what was wrong there
     */
    public CredentialsException(List<String> searched) {
        super(message(searched));
        this.searched = List.copyOf(searched);
    }

    private static String message(List<String> searched) {
        StringBuilder text = new StringBuilder("No Tencent Cloud credentials found. Looked in:");
        for (int i = 0; i < searched.size(); i++) {
            text.append(' ').append(i + 1).append(") ").append(searched.get(i)).append(';');
        }
        text.setLength(text.length() - (searched.isEmpty() ? 0 : 1));
        return text.append(". Set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, write a profile file,"
                + " or pass credentials to the client builder's credentials(...).").toString();
    }

    /**
     * Every place searched, in order, each with the reason it gave nothing.
     *
     * @return the list
     */
    public List<String> searched() {
        return searched;
    }
}
