using ArticleExtract.Evaluation;

EvaluationOptions options;
try
{
    options = EvaluationOptions.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 2;
}

EvaluationRunner.Run(options, Console.Out, Console.Error);
return 0;
