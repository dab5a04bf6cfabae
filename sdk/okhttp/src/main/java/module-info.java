/**
 * OkHttp (4.12 or 5.x) as the HTTP client of the generated Tencent Cloud SDKs, instead of the JDK's.
 */
module dev.clssdk.okhttp {
    requires transitive dev.clssdk.core;
    requires transitive okhttp3;

    exports dev.clssdk.okhttp;

    provides dev.clssdk.core.http.HttpTransportFactory with dev.clssdk.okhttp.OkHttpTransports;
}
