from django.contrib import admin
from django.urls import path

from relations import views

urlpatterns = [
    path("", views.home, name="home"),
    path("timelines/", views.pick_pair, name="pick-pair"),
    path("timelines/<str:a>/<str:b>/", views.timeline, name="timeline"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("api/articles", views.api_articles, name="api-articles"),
    path("admin/", admin.site.urls),
]
