"""A query string too large to read is the client's mistake: a 400 that says so, in JSON on the
API. Django answers 400 itself when DEBUG is off, but its debug page reads the query string again
and fails, so the demo answered 500."""

from django.core.exceptions import TooManyFieldsSent
from django.http import HttpResponseBadRequest, JsonResponse

MESSAGE = "too many query parameters"


class TooManyFieldsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, TooManyFieldsSent):
            return None
        if request.path.startswith("/api/"):
            return JsonResponse({"error": MESSAGE}, status=400)
        return HttpResponseBadRequest(f"{MESSAGE.capitalize()}.", content_type="text/plain; charset=utf-8")
