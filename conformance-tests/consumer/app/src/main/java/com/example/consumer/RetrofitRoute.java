package com.example.consumer;

import dev.clssdk.cls.ClsClient;
import dev.clssdk.cls.ClsService;
import dev.clssdk.cls.model.CreateExportRequest;
import dev.clssdk.cls.retrofit.ClsApi;
import dev.clssdk.retrofit.RetrofitClient;

/** The Retrofit route, for the builds whose application has it (profiles okhttp5 and okhttp4). */
public final class RetrofitRoute {
    private RetrofitRoute() {
    }

    public static void call(ClsClient.Builder settings, CreateExportRequest request) throws Exception {
        try (RetrofitClient<ClsApi> cls = RetrofitClient.create(ClsApi.class, ClsService.INSTANCE, settings)) {
            CreateExportOnLoopback.print("ClsApi", cls.api().createExport(request).execute().body());
        }
    }
}
