from django.contrib import admin
from django.urls import path, re_path

from relations import api, views

urlpatterns = [
    path("", views.home, name="home"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("countries/options", views.country_options, name="country-options"),
    path("timelines/", views.pick_pair, name="pick-pair"),
    path("timelines/<str:a>/<str:b>/", views.timeline, name="timeline"),
    path("timelines/<str:a>/<str:b>/events.<str:fmt>", views.timeline_export, name="timeline-export"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>/retry", views.article_retry, name="article-retry"),
    path("api/articles", api.ingest, name="api-articles"),
    path("api/articles/<int:pk>", api.article, name="api-article"),
    path("api/pairs", api.pairs, name="api-pairs"),
    path("api/pairs/<str:a>/<str:b>/events", api.pair_event_list, name="api-pair-events"),
    path("api/events/<int:pk>", api.event, name="api-event"),
    re_path(r"^api(/|$)", api.not_found),  # the API's 404 is JSON too
    path("admin/", admin.site.urls),
]
