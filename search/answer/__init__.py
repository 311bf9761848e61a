"""Question answering: Dutch questions answered with the figure or sentence of the archive, cited.

>>> from search.answer import analyse
>>> analyse("hoeveel controles deed het RCTM in 2024").kind
'hoeveel'
"""
from search.answer.ask import ask
from search.answer.model import NOT_FOUND, Answer, Source, Value
from search.answer.question import analyse, is_question

__all__ = ["NOT_FOUND", "Answer", "Source", "Value", "analyse", "ask", "is_question"]
